/**
 * A small Markdown subset for our own documents (docs/methodology.md): headings, paragraphs, lists, block
 * quotes, code, emphasis and links. Everything is escaped first, so even our own docs cannot inject markup,
 * and links keep only http(s), relative and fragment targets.
 */
import { escapeHtml, trusted, type SafeHtml } from './html.ts';

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) =>
      /^(https?:\/\/|\/|#)/.test(href) || !/^[a-z]+:/i.test(href) ? `<a href="${href}">${label}</a>` : label,
    );
}

type Block = { kind: 'p' | 'ul' | 'ol' | 'quote' | 'code'; lines: string[] } | { kind: 'h'; level: number; text: string };

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  let fenced = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('```')) {
      fenced = !fenced;
      current = fenced ? { kind: 'code', lines: [] } : null;
      if (fenced) out.push(current as Block);
      continue;
    }
    if (fenced && current && 'lines' in current) {
      current.lines.push(line);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    if (heading) {
      out.push({ kind: 'h', level: heading[1]!.length, text: heading[2]! });
      current = null;
    } else if (line.trim() === '') current = null;
    else {
      const [kind, text] = bullet ? ['ul', bullet[1]!] : numbered ? ['ol', numbered[1]!] : quote ? ['quote', quote[1]!] : ['p', line.trim()];
      const continues = current && 'lines' in current && (current.kind === kind || (!bullet && !numbered && !quote));
      if (continues && current && 'lines' in current) {
        if (kind === current.kind || current.kind === 'p' || current.kind === 'quote') current.lines.push(text as string);
        else current.lines[current.lines.length - 1] += ` ${text}`;
      } else {
        current = { kind: kind as 'p', lines: [text as string] };
        out.push(current);
      }
    }
  }
  return out;
}

export function renderMarkdown(markdown: string): SafeHtml {
  const parts = blocks(markdown).map((block) => {
    switch (block.kind) {
      case 'h': {
        const level = Math.min(block.level + 1, 4);
        return `<h${level}>${inline(block.text)}</h${level}>`;
      }
      case 'ul':
      case 'ol':
        return `<${block.kind}>${block.lines.map((l) => `<li>${inline(l)}</li>`).join('')}</${block.kind}>`;
      case 'quote':
        return `<blockquote><p>${inline(block.lines.join(' '))}</p></blockquote>`;
      case 'code':
        return `<pre><code>${escapeHtml(block.lines.join('\n'))}</code></pre>`;
      default:
        return `<p>${inline(block.lines.join(' '))}</p>`;
    }
  });
  return trusted(parts.join('\n'));
}
