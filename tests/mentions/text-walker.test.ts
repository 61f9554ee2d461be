import { collectBlocks, placeIn } from '../../utils/mentions/text-blocks';
import { walkText } from '../../utils/mentions/text-walker';
import { parseHtml } from './seed-fixture';

function blocks(html: string): string[] {
  const doc = parseHtml(`<body>${html}</body>`);
  const texts: string[] = [];
  collectBlocks([doc.body], (block) => texts.push(block.text));
  return texts;
}

describe('walkText', () => {
  it('reports text, links and block boundaries in document order', () => {
    const doc = parseHtml('<body><p>See <a href="https://x.org/">the <b>link</b></a>.</p><div>Next</div></body>');
    const events: string[] = [];
    walkText([doc.body], {
      text: (node, anchor) => events.push(`text:${node.data}${anchor ? '@a' : ''}`),
      link: (element) => events.push(`link:${element.getAttribute('href')}`),
      blockBreak: () => events.push('|'),
    });
    expect(events).toEqual(['|', '|', 'text:See ', 'link:https://x.org/', 'text:the @a', 'text:link@a', 'text:.', '|', '|', 'text:Next', '|', '|']);
  });

  it('skips scripts, styles, templates, form controls, hidden subtrees and kc-* overlays', () => {
    const html = `<div>Linux <script>var v = "Linux 6.1";</script><style>p{}</style><noscript>6.2</noscript>
      <template>6.3</template><textarea>6.4</textarea><select><option>6.5</option></select><button>6.6</button>
      <span hidden>6.7</span><span aria-hidden="true">6.8</span><kc-badge>released 2021</kc-badge>5.13</div>`;
    expect(blocks(html).map((text) => text.replace(/\s+/g, ' '))).toEqual(['Linux 5.13']);
  });

  it('keeps code and pre, and joins inline elements into one block', () => {
    expect(blocks('<p>Linux <b>5.<i>13</i></b> and <code>rust/</code></p><pre>commit abc\nFixes: x</pre>')).toEqual([
      'Linux 5.13 and rust/',
      'commit abc\nFixes: x',
    ]);
  });

  it('breaks blocks at block elements and <br>, also when a block closes mid-parent', () => {
    expect(blocks('<div>one<p>two</p>three<br>four<table><tr><td>five</td><td>six</td></tr></table></div>')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
  });

  it('visits nested roots once, in document order', () => {
    const doc = parseHtml('<body><div id="a">first <p id="b">second</p></div><p id="c">third</p></body>');
    const roots = ['#c', '#b', '#a'].map((selector) => doc.querySelector(selector)!);
    const texts: string[] = [];
    collectBlocks(roots, (block) => texts.push(block.text));
    expect(texts).toEqual(['first ', 'second', 'third']);
  });

  it('skips a root that is itself hidden, and tolerates an empty root', () => {
    const doc = parseHtml('<body><div id="a" hidden>Linux 6.1</div><div id="b"></div></body>');
    expect(blocks('')).toEqual([]);
    const texts: string[] = [];
    collectBlocks([doc.querySelector('#a')!, doc.querySelector('#b')!], (block) => texts.push(block.text));
    expect(texts).toEqual([]);
  });

  it('maps a block range back to one text node, clipping a range that crosses nodes to its last node', () => {
    const doc = parseHtml('<body><p>merged in <a href="#">Linux 6.1</a> today</p></body>');
    let place: ReturnType<typeof placeIn> | undefined;
    collectBlocks([doc.body], (block) => {
      if (block.text.startsWith('merged')) place = placeIn(block, 0, 'merged in Linux 6.1'.length);
    });
    expect(place?.node.data).toBe('Linux 6.1');
    expect([place?.start, place?.end]).toEqual([0, 9]);
  });
});
