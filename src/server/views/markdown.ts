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

type Block = { kind: 'p' | 'ul' | 'ol' | 'quote' | 'code' | 'table'; lines: string[] } | { kind: 'h'; level: number; text: string };

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
    if (line.startsWith('|')) {
      if (!(current && 'lines' in current && current.kind === 'table')) {
        current = { kind: 'table', lines: [] };
        out.push(current);
      }
      current.lines.push(line);
    } else if (heading) {
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

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
}

/** A pipe table: header row, separator row, body rows. */
function table(rows: string[]): string {
  const [head, , ...body] = rows;
  const th = cells(head ?? '').map((cell) => `<th>${inline(cell)}</th>`).join('');
  const tr = body.map((row) => `<tr>${cells(row).map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('');
  return `<div class="table-wrap"><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div>`;
}

export function renderMarkdown(markdown: string): SafeHtml {
  const parts = blocks(markdown).map((block) => {
    switch (block.kind) {
      case 'h': {
        // Anchors as GitHub makes them, so links such as methodology#percent-positive land on their section.
        const level = Math.min(block.level, 4);
        const id = block.text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-');
        return `<h${level} id="${escapeHtml(id)}">${inline(block.text)}</h${level}>`;
      }
      case 'table':
        return table(block.lines);
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
