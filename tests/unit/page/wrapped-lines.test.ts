import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article';
import { breakContinuesLine, continuesLine, isLabelledAway } from '../../../page/wrapped-lines';
import { DOMS } from './load-page';

/** A page of a PDF converted to HTML: every line a positioned <div class="t …">. */
const pdfPage = (lines: string[]) =>
  `<html><body><div id="page-container"><div class="pf" id="pf1"><div class="pc">${lines
    .map((line, i) => `<div class="t m0 x1 y${i}">${line}</div>`)
    .join('\n')}</div></div></div></body></html>`;

const LINES = [
  'The ferry report',
  'The council said the ferry to Portsea would sail again from the spring, once the',
  'pier at Riverton has been <span class="_ _0"> </span>repaired and its timetable agreed.',
  'A second boat is planned for the summer, though no date has been given for',
  'its first crossing, the council added in a statement on Monday.',
  'About the authors',
  'Jane Doe covers the harbour for the Review. She wrote last year about the',
  'pier at Riverton and its long closure to walkers and the ferry alike.',
  'Further reading',
  'Harbour Brief 12. The pier at Riverton closed to walkers for two years.',
  '2',
];

describe.each(DOMS)('lines of a page laid out line by line, in %s', (_name, parse) => {
  it('joins a line that runs on into the next, and sets a heading or a finished sentence apart', () => {
    const doc = parse(pdfPage(LINES));
    const lines = Array.from(doc.querySelectorAll('.t'));
    expect(lines.map((line) => continuesLine(line))).toEqual([
      false, // the first line
      false, // after a heading
      true,
      false, // after a finished sentence
      true,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    const { text } = extractArticle(doc);
    expect(text).toContain(
      'The council said the ferry to Portsea would sail again from the spring, once the pier at Riverton has been repaired and its timetable agreed.',
    );
    expect(text).toContain('The ferry report\n\nThe council said');
  });

  it('leaves out the lines under "About the authors" and "Further reading"', () => {
    const doc = parse(pdfPage(LINES));
    const lines = Array.from(doc.querySelectorAll('.t'));
    expect(lines.filter((line) => isLabelledAway(line)).map((line) => line.textContent)).toEqual([
      LINES[6],
      LINES[7],
      'Further reading',
      LINES[9],
      '2', // the page number closing the section
    ]);
    const { text } = extractArticle(doc);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('Harbour Brief');
  });

  it('reads paragraphs written as <div>s of one class as paragraphs of their own', () => {
    const para = (text: string) => `<div class="para">${text}</div>`;
    const long =
      'The council said the ferry to Portsea would sail again from the spring, once the pier at Riverton has been repaired and its timetable agreed by all.';
    const doc = parse(
      `<html><body><div class="body">${[
        long,
        'Read the council statement on its website here',
        'A second boat is planned for the summer.',
        long,
        long,
      ]
        .map(para)
        .join('')}</div></body></html>`,
    );
    // Short paragraphs among longer ones: not a page's lines, even where one runs on.
    const divs = Array.from(doc.querySelectorAll('.para'));
    expect(divs.map((div) => continuesLine(div))).toEqual([false, false, false, false, false]);
    expect(extractArticle(doc).text).toContain('here\n\nA second boat');
  });

  it("joins a line ending in a space (a word processor's PDF), minified with no white space between lines", () => {
    const lines = [
      'The ferry report',
      'The council said on Monday that the ferry would sail again from the spring. The ',
      'Riverton pier, closed for two years, is to reopen to walkers at the same time. ',
      'A second boat is planned for the summer.',
      'Its first crossing has no date yet, and the council gave no figures for it.',
    ];
    const doc = parse(
      `<html><body><div id="page-container"><div class="pf" id="pf1"><div class="pc">${lines
        .map((line, i) => `<div class="t m0 x1 y${i}">${line}</div>`)
        .join('')}</div></div></div></body></html>`,
    );
    expect(Array.from(doc.querySelectorAll('.t')).map((line) => continuesLine(line))).toEqual([
      false,
      false,
      true, // after "The " (a space, then a capital: a name)
      false, // after a finished sentence, though it ends in a space
      false,
    ]);
    expect(extractArticle(doc).text).toContain(
      'The Riverton pier, closed for two years, is to reopen to walkers at the same time.',
    );
  });

  it('joins a full line that wraps before a name (no space, a capital next), not a heading or a short line', () => {
    const lines = [
      'The ferry report: what changes in spring',
      'The council said on Monday that the ferry would sail to the harbour of',
      'Portsea again from the spring, once the long-closed pier at Riverton',
      'Harbour has been repaired. A second boat is planned for the summer, though',
      'no date has been given for its first crossing.',
      'Recent harbour briefs',
      'Harbour Brief 12. The council said the pier would stay closed for two',
      'more years.',
    ];
    const doc = parse(pdfPage(lines));
    expect(Array.from(doc.querySelectorAll('.t')).map((line) => continuesLine(line))).toEqual([
      false,
      false, // after a title that ends short of the measure
      true, // "… harbour of" / "Portsea"
      true, // "… at Riverton" / "Harbour": the line is full
      true,
      false, // after a finished sentence
      false, // after a label
      true,
    ]);
    const { text } = extractArticle(doc);
    expect(text).toContain(
      'once the long-closed pier at Riverton Harbour has been repaired. A second boat',
    );
    expect(text).toContain('what changes in spring\n\nThe council said');
    // Lines under a list of other publications are not the article's.
    expect(text).not.toContain('Harbour Brief 12');
  });

  it('sets apart a title line set in another type, however long, from the first line of prose', () => {
    const lines: [string, string][] = [
      ['ff1 fs0', 'How the Ferry Timetable Will Change Crossings Between Riverton and Portsea'],
      ['ff2 fs1', 'The council said on Monday that the ferry would sail to the harbour of'],
      ['ff2 fs1', 'Portsea again from the spring, once the long-closed pier at Riverton'],
      ['ff2 fs1', 'Harbour has been repaired. A second boat is planned for the summer, though'],
      ['ff2 fs1', 'no date has been given for its first crossing.'],
    ];
    const doc = parse(
      `<html><body><div class="pf" id="pf1"><div class="pc">${lines
        .map(([type, line], i) => `<div class="t m0 x1 y${i} ${type} fc0">${line}</div>`)
        .join('\n')}</div></div></body></html>`,
    );
    expect(Array.from(doc.querySelectorAll('.t')).map((line) => continuesLine(line))).toEqual([
      false,
      false, // the title fills the measure but is set larger: a line of its own
      true,
      true,
      true,
    ]);
    const { text } = extractArticle(doc);
    expect(text).toContain('and Portsea\n\nThe council said');
    // Set in one type, the same full line runs on ("… Riverton and Portsea" / "The council").
    const same = parse(
      `<html><body><div class="pf" id="pf1"><div class="pc">${lines
        .map(([, line], i) => `<div class="t m0 x1 y${i} ff2 fs1 fc0">${line}</div>`)
        .join('\n')}</div></div></body></html>`,
    );
    expect(continuesLine(same.querySelectorAll('.t')[1] as Element)).toBe(true);
  });

  it("joins a full line of a PDF viewer's text layer that wraps before a name, with no space at its end", () => {
    const lines = [
      'The ferry report',
      'The council said on Monday that the ferry would sail to the harbour at',
      'Portsea again from the spring, once the long-closed pier at Riverton',
      'Harbour has been repaired. A second boat is planned for the summer.',
      'Its first crossing has no date yet, the council added in a statement.',
    ];
    const doc = parse(
      `<html><body><div class="textLayer">${lines
        .map((line) => `<span role="presentation" dir="ltr">${line}</span><br role="presentation">`)
        .join('')}</div></body></html>`,
    );
    expect(Array.from(doc.querySelectorAll('br')).map((br) => breakContinuesLine(br))).toEqual([
      false, // after the title, short of the measure
      true, // "… harbour at" / "Portsea"
      true, // "… at Riverton" / "Harbour": the line is full
      false,
      false,
    ]);
  });

  it("joins the lines of a PDF viewer's text layer (<span>s split by <br>s) and leaves out 'About the authors'", () => {
    const lines = [
      'The ferry report',
      'The council said on Monday that the ferry to Portsea would sail again ',
      'from the spring, once the pier at Riverton has been repaired and its ',
      'timetable agreed by the harbour board.',
      'About the authors',
      'Jane Doe covers the harbour for the Review. She wrote last year that the ',
      'pier at Riverton would stay closed to walkers for another two years.',
    ];
    const doc = parse(
      `<html><body><div id="viewer"><div class="page" data-page-number="1"><div class="textLayer">${lines
        .map((line) => `<span role="presentation" dir="ltr">${line}</span><br role="presentation">`)
        .join('')}</div></div></div></body></html>`,
    );
    const breaks = Array.from(doc.querySelectorAll('br'));
    expect(breaks.map((br) => breakContinuesLine(br))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false, // the last line: nothing after it
    ]);
    const spans = Array.from(doc.querySelectorAll('span'));
    expect(spans.filter((span) => isLabelledAway(span)).map((span) => span.textContent)).toEqual([
      lines[5],
      lines[6],
    ]);
    const { text } = extractArticle(doc);
    expect(text).toContain(
      'The council said on Monday that the ferry to Portsea would sail again from the spring, once the pier at Riverton has been repaired and its timetable agreed by the harbour board.',
    );
    expect(text).not.toContain('Jane Doe');
    // In prose, a <br> between two runs of text is a line the writer ended.
    const prose = parse(
      `<html><body><p><span>The council said on Monday that the ferry would sail again </span><br><span>from the spring, once the pier at Riverton has been repaired.</span></p></body></html>`,
    );
    expect(breakContinuesLine(prose.querySelector('br') as Element)).toBe(false);
  });

  it('sets apart a list of facts, one to a line, each beginning with a capital', () => {
    const doc = parse(
      pdfPage([
        'About 2,500 troops are based at the pier at Riverton today',
        'The ferry to Portsea sails again from the spring of next year',
        'The council has set aside money for a second boat this summer',
        'Walkers will be allowed back on the pier once repairs are over',
      ]),
    );
    expect(Array.from(doc.querySelectorAll('.t')).map((line) => continuesLine(line))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
