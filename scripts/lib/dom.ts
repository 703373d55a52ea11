/**
 * A DOM for Node: happy-dom with scripts, stylesheets, frames and navigation off, so a saved page is
 * parsed and nothing in it runs or loads.
 */
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

export function parseHtml(html: string, url = 'https://backstory.invalid/page'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = window.document as unknown as Document;
  document.open();
  document.write(html);
  document.close();
  return { document, close: () => window.happyDOM.close() };
}
