/**
 * `npm run eval`: measures match quality on the shared dev set (../shared/eval/dev.jsonl) and on
 * our own fixtures (tests/fixtures/eval/*.jsonl), through the CLI's code path (HTML → page/ →
 * engine). Prints precision / recall / F1, stance errors, highlights on negative articles and a
 * confusion list with the engine's reasons; writes the figures to eval-output/eval.json.
 *
 * Usage: npm run eval [-- --set path/to/file.jsonl ...] [--quiet]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnnotator, type Highlight } from '../cli/annotate';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';

type EvalSentence = {
  text: string;
  highlight: boolean | null;
  corroborated_by_any?: string[];
  never_corroborating?: string[];
  never_contradicting?: string[];
  note?: string;
};
type EvalArticle = {
  id: string;
  outlet: string;
  published: string;
  kind: 'on-topic' | 'negative';
  sentences: EvalSentence[];
};

export type SetScore = {
  set: string;
  articles: number;
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  stanceErrors: number;
  negativeHighlights: number;
  /** Highlights of expected sentences that list none of `corroborated_by_any`. */
  missingCorroboration: number;
  confusion: string[];
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const annotate = createAnnotator(compileStory(pack));

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lays an eval article out as a page: one paragraph per sentence, the first as the headline. */
function toHtml(article: EvalArticle): string {
  const body = article.sentences.map((s) => `<p>${escapeHtml(s.text)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escapeHtml(article.outlet)}</title></head><body><article>${body}</article></body></html>`;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scoreSet(name: string, articles: EvalArticle[]): SetScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let stanceErrors = 0;
  let negativeHighlights = 0;
  let missingCorroboration = 0;
  let sentences = 0;
  const confusion: string[] = [];
  for (const article of articles) {
    const result = annotate(toHtml(article), { published: article.published, explain: true });
    for (const s of article.sentences) {
      sentences++;
      const text = squash(s.text);
      const hits: Highlight[] = result.highlights.filter((h) => text.includes(squash(h.text)));
      const where = `${article.id}: "${text.slice(0, 90)}${text.length > 90 ? '…' : ''}"`;
      if (hits.length > 0) {
        if (article.kind === 'negative') negativeHighlights++;
        if (s.highlight === true) tp++;
        else if (s.highlight === false || article.kind === 'negative') {
          fp++;
          const h = hits[0] as Highlight;
          confusion.push(`FALSE ALARM ${where}\n    → ${h.claim} [${h.evidence.join('; ')}]`);
        }
        const corr = new Set(hits.flatMap((h) => h.corroborating.map((c) => c.source)));
        const contra = new Set(hits.flatMap((h) => h.contradicting.map((c) => c.source)));
        const wrong = [
          ...(s.never_corroborating ?? [])
            .filter((id) => corr.has(id))
            .map((id) => `${id} listed as corroborating`),
          ...(s.never_contradicting ?? [])
            .filter((id) => contra.has(id))
            .map((id) => `${id} listed as contradicting`),
        ];
        if (wrong.length) {
          stanceErrors++;
          confusion.push(`STANCE ERROR ${where}\n    → ${hits[0]?.claim}: ${wrong.join(', ')}`);
        }
        const any = s.corroborated_by_any ?? [];
        if (s.highlight === true && any.length && !any.some((id) => corr.has(id))) {
          missingCorroboration++;
          confusion.push(
            `NO EXPECTED SOURCE ${where}\n    → ${hits[0]?.claim} lists ${[...corr].join(', ')}; wanted one of ${any.join(', ')}`,
          );
        }
      } else if (s.highlight === true) {
        fn++;
        const reasons = result.rejections
          .filter((r) => text.includes(squash(r.text)))
          .map((r) => `${r.claim ?? '-'}: ${r.reason}`);
        confusion.push(`MISS ${where}\n    → ${reasons.join(' | ') || 'no claim came close'}`);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    set: name,
    articles: articles.length,
    sentences,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1,
    stanceErrors,
    negativeHighlights,
    missingCorroboration,
    confusion,
  };
}

export function readJsonl(file: string): EvalArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalArticle);
}

function main() {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const sets: string[] = [];
  for (let i = 0; i < args.length; i++)
    if (args[i] === '--set' && args[i + 1]) sets.push(args[++i] as string);
  if (sets.length === 0) {
    const dev = path.resolve(root, '../shared/eval/dev.jsonl');
    if (existsSync(dev)) sets.push(dev);
    const own = path.join(root, 'tests/fixtures/eval');
    if (existsSync(own))
      for (const f of readdirSync(own)
        .filter((f) => f.endsWith('.jsonl'))
        .sort())
        sets.push(path.join(own, f));
  }
  const scores = sets.map((file) => scoreSet(path.relative(root, file), readJsonl(file)));
  const pct = (x: number) => x.toFixed(3);
  console.log(
    'set                                      art  sent   TP  FP  FN  precision recall  F1     stance neg',
  );
  for (const s of scores) {
    console.log(
      `${s.set.padEnd(40)} ${String(s.articles).padStart(3)} ${String(s.sentences).padStart(5)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}  ${pct(s.precision).padEnd(9)} ${pct(s.recall).padEnd(7)} ${pct(s.f1).padEnd(6)} ${String(s.stanceErrors).padStart(6)} ${String(s.negativeHighlights).padStart(3)}`,
    );
  }
  if (!quiet) {
    for (const s of scores) {
      if (s.confusion.length === 0) continue;
      console.log(`\n— ${s.set}: misses, false alarms, stance errors —`);
      for (const line of s.confusion) console.log(line);
    }
  }
  mkdirSync(path.join(root, 'eval-output'), { recursive: true });
  writeFileSync(path.join(root, 'eval-output/eval.json'), `${JSON.stringify(scores, null, 2)}\n`);
  console.log('\nwrote eval-output/eval.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
