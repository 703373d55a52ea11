/** The article's blocks, as elements the reader page makes itself, with their marks. */
import type { Block } from '@/utils/reader/article-model';
import { InertImage } from './InertImage';
import { MarkedText, marksOf, type MarkContext } from './MarkedText';

type Group =
  { list: null; index: number; block: Block } | { list: 'ol' | 'ul'; items: Array<{ index: number; block: Block }> };

/** Consecutive list items of the same kind make one list. */
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'list-item') return void groups.push({ list: null, index, block });
    const kind = block.ordered ? 'ol' : 'ul';
    const last = groups.at(-1);
    if (last?.list === kind) last.items.push({ index, block });
    else groups.push({ list: kind, items: [{ index, block }] });
  });
  return groups;
}

export function ArticleBlocks({ blocks, context }: { blocks: readonly Block[]; context: MarkContext }) {
  return (
    <>
      {groupBlocks(blocks).map((group) => {
        if (group.list === null)
          return <BlockView key={group.index} block={group.block} index={group.index} context={context} />;
        const List = group.list;
        return (
          <List key={group.items[0]!.index}>
            {group.items.map(({ block, index }) => (
              <BlockView key={index} block={block} index={index} context={context} />
            ))}
          </List>
        );
      })}
    </>
  );
}

function BlockView({ block, index, context }: { block: Block; index: number; context: MarkContext }) {
  const text = <MarkedText inlines={block.inlines} marks={marksOf(context.mentions, index)} context={context} />;
  switch (block.kind) {
    case 'heading': {
      const Heading = block.level === 2 ? 'h2' : block.level === 3 ? 'h3' : 'h4';
      return <Heading>{text}</Heading>;
    }
    case 'quote':
      return (
        <blockquote>
          <p>{text}</p>
        </blockquote>
      );
    case 'list-item':
      return <li>{text}</li>;
    case 'preformatted':
      return <pre>{text}</pre>;
    case 'image':
      return (
        <InertImage alt={block.alt} src={block.src}>
          {block.inlines.length > 0 ? text : null}
        </InertImage>
      );
    default:
      return <p>{text}</p>;
  }
}
