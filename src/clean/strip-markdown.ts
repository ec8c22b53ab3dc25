/**
 * Markdown -> plain text blocks for the text cleaner: markup removed, one block per paragraph, heading or list
 * item, so the text rules see the same shape they see in flattened pages.
 */

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE_MARK = /^\s{0,3}(?:>\s?)+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      endParagraph();
      continue;
    }
    if (inFence) {
      // Code is not review prose but it is the author's text; keep each line as it is.
      if (raw.trim() !== '') blocks.push(raw.trim());
      continue;
    }
    const line = raw.replace(QUOTE_MARK, '');
    if (line.trim() === '' || RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      endParagraph();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      // The paragraph so far was a heading: it stands alone.
      endParagraph();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endParagraph();
      blocks.push(stripInline(heading[1] ?? ''));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      endParagraph();
      paragraph.push(stripInline(line.replace(LIST_ITEM, '')));
      continue;
    }
    paragraph.push(stripInline(line.trim()));
  }
  endParagraph();
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

/** Inline markup -> its text: links keep their words, images (not prose) go, emphasis and code marks go. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}
