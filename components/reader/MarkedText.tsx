/**
 * A run of article text with Backstory's marks: the reader page draws its own `<mark>` elements
 * around mentions (this is our page, not the site's). Page text is only ever a string child here.
 * The first mention of each entry carries the note's number, a link to the note in the margin.
 */
import type { ComponentChildren } from 'preact';
import type { ReaderMention } from '@/utils/reader/annotate';
import type { Inline } from '@/utils/reader/article-model';
import type { MarginNote } from '@/utils/reader/reader-views';
import { segmentInlines, type MarkSpan } from '@/utils/reader/segments';

export interface MarkContext {
  mentions: readonly ReaderMention[];
  notes: ReadonlyMap<string, MarginNote>;
  /** The note's title, for the number link's accessible name. */
  noteLabel(note: MarginNote): string;
  activeEntry: string | null;
  onActivate(mention: ReaderMention): void;
  onOpenNote(entryId: string): void;
}

export function marksOf(mentions: readonly ReaderMention[], block: number): MarkSpan[] {
  return mentions
    .filter((mention) => mention.block === block)
    .flatMap((mention) => mention.spans.map(([start, end]) => ({ start, end, mention: mention.index })))
    .sort((a, b) => a.start - b.start);
}

export function MarkedText({
  inlines,
  marks,
  context,
}: {
  inlines: Inline[];
  marks: MarkSpan[];
  context: MarkContext;
}) {
  const segments = segmentInlines(inlines, marks);
  // Where each mention's last piece is, so the note number follows the whole name.
  const lastPiece = new Map<number, string>();
  segments.forEach(({ pieces }, i) =>
    pieces.forEach((piece, j) => piece.mention !== null && lastPiece.set(piece.mention, `${i}:${j}`)),
  );
  const started = new Set<number>();

  return (
    <>
      {segments.map(({ inline, pieces }, i) => {
        const refs: ComponentChildren[] = [];
        const children = pieces.map((piece, j) => {
          if (piece.mention === null) return piece.text;
          const mention = context.mentions[piece.mention]!;
          const first = !started.has(mention.index);
          started.add(mention.index);
          const note = context.notes.get(mention.entryId);
          const mark = (
            <Mark key={j} mention={mention} first={first} context={context}>
              {piece.text}
            </Mark>
          );
          if (!note || note.firstMention !== mention.index || lastPiece.get(mention.index) !== `${i}:${j}`) return mark;
          const ref = <NoteRef key={`ref-${j}`} note={note} context={context} />;
          if (inline.kind === 'link') {
            refs.push(ref);
            return mark;
          }
          return [mark, ref];
        });
        return (
          <Styled key={i} inline={inline} refs={refs}>
            {children}
          </Styled>
        );
      })}
    </>
  );
}

function Styled({
  inline,
  refs,
  children,
}: {
  inline: Inline;
  refs: ComponentChildren[];
  children: ComponentChildren;
}) {
  const styled =
    inline.style === 'strong' ? (
      <strong>{children}</strong>
    ) : inline.style === 'emphasis' ? (
      <em>{children}</em>
    ) : (
      children
    );
  if (inline.kind !== 'link') return <>{styled}</>;
  return (
    <>
      <a href={inline.href} target="_blank" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">
        {styled}
      </a>
      {refs}
    </>
  );
}

function Mark(props: { mention: ReaderMention; first: boolean; context: MarkContext; children: ComponentChildren }) {
  const { mention, first, context } = props;
  return (
    <mark
      class="mention"
      data-entry={mention.entryId}
      data-mention={mention.index}
      data-active={context.activeEntry === mention.entryId ? 'true' : undefined}
      id={first ? `mention-${mention.index}` : undefined}
      tabIndex={first ? -1 : undefined}
      aria-describedby={first ? `note-${mention.entryId}-title` : undefined}
      onClick={() => context.onActivate(mention)}
    >
      {props.children}
    </mark>
  );
}

function NoteRef({ note, context }: { note: MarginNote; context: MarkContext }) {
  return (
    <sup class="note-ref">
      <a
        href={`#note-${note.entryId}`}
        aria-label={context.noteLabel(note)}
        data-note={note.entryId}
        onClick={(event) => {
          event.preventDefault();
          context.onOpenNote(note.entryId);
        }}
      >
        {note.number}
      </a>
    </sup>
  );
}
