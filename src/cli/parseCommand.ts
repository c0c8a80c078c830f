import { readFile } from 'node:fs/promises';
import { SourceError, UsageError } from '../errors.js';
import { writeChunk } from '../export/writeChunks.js';
import { readSources } from '../sources/readSources.js';
import { formatConllu, parseConllu } from '../syntax/conllu.js';
import { parseGoldTokens, parseText, toConlluSentences, type ParsedSentence } from '../syntax/parseText.js';
import { getSyntaxModels } from '../syntax/SyntaxModels.js';
import { parseCommand as parseArgsOf, requirePositionals, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

export const parseSpec: CommandSpec = {
  name: 'parse',
  usage: `Usage: newsgraph parse <paths…|-> [--format conllu|json]
       newsgraph parse FILE.conllu --gold-tokens [--format conllu]

Shows what the syntax models see in a text: its sentences with words, lemmas, UPOS tags,
dependency heads and labels, and entity spans. The first thing to look at when a fact looks
wrong. Inputs are articles (.txt .md .html files, directories, .ndjson/.jsonl, or - for stdin).

  conllu  CoNLL-U (default): one block per sentence, entity tags in MISC as Entity=B-PERSON,
          character offsets as TokenRange=START:END
  json    {"articles":[{"id","source","sentences":[{"text","start","end","words":[…],"entities":[…]}]}]}

--gold-tokens reads CoNLL-U files instead and keeps their sentences, comments and word forms,
predicting everything else (lemma, UPOS, head, label, entity tags): the way to evaluate the
parser on any treebank, e.g. with a CoNLL 2018 style scorer.

Options:
  --format F       conllu (default) or json
  --gold-tokens    input is CoNLL-U; keep its tokenisation
  --help           this text`,
  flags: { values: ['format'], switches: ['gold-tokens'] },
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function goldTokens(inputs: readonly string[], io: CliIO): Promise<number> {
  const models = getSyntaxModels();
  for (const input of inputs) {
    let content: string;
    try {
      content = input === '-' ? await readAll(io.stdin) : await readFile(input, 'utf8');
    } catch (error) {
      throw new SourceError('SOURCE_NOT_FOUND', `${input}: expected a readable CoNLL-U file, found ${(error as NodeJS.ErrnoException).code ?? 'an error'}`, { source: input }, { cause: error });
    }
    const sentences = parseConllu(content, input === '-' ? 'stdin' : input);
    if (sentences.length === 0) throw new SourceError('EMPTY_INPUT', `${input}: expected CoNLL-U sentences, found none`, { source: input });
    await writeChunk(io.stdout, formatConllu(parseGoldTokens(sentences, models)));
  }
  return 0;
}

function jsonArticle(id: string, source: string, sentences: ParsedSentence[]): string {
  return JSON.stringify({ id, source, sentences: sentences.map((s) => ({ ...s, words: s.words.map((w, i) => ({ id: i, ...w })) })) });
}

export async function parseCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgsOf(parseSpec, argv, io);
  if (!args) return 0;
  const inputs = requirePositionals(args, 'parse', 'one or more paths (files, directories or -)');
  const format = (args.flags.format as string | undefined) ?? 'conllu';
  if (format !== 'conllu' && format !== 'json') throw new UsageError(`newsgraph parse: --format expects conllu or json, found ${JSON.stringify(format)}`);
  if (args.flags['gold-tokens']) {
    if (format !== 'conllu') throw new UsageError('newsgraph parse: --gold-tokens writes CoNLL-U; expected --format conllu (or none), found --format json');
    return goldTokens(inputs, io);
  }
  const conllu = inputs.find((i) => i.toLowerCase().endsWith('.conllu'));
  if (conllu !== undefined) throw new UsageError(`newsgraph parse: ${conllu} is CoNLL-U; expected --gold-tokens to parse a treebank's own sentences, found no --gold-tokens`);
  const models = getSyntaxModels();
  let failed = 0;
  let count = 0;
  if (format === 'json') await writeChunk(io.stdout, '{"articles":[');
  for await (const result of readSources([...inputs], { stdin: io.stdin })) {
    if (!result.ok) {
      failed++;
      line(io.stderr, `error: ${result.error.message} [${result.error.code}]`);
      continue;
    }
    const { article } = result;
    const sentences = parseText(article.text, models);
    if (format === 'json') await writeChunk(io.stdout, `${count === 0 ? '' : ','}\n${jsonArticle(article.id, article.source, sentences)}`);
    else await writeChunk(io.stdout, formatConllu(toConlluSentences(sentences, article.id)));
    count++;
  }
  if (format === 'json') await writeChunk(io.stdout, '\n]}\n');
  if (failed > 0) {
    line(io.stderr, `parse: ${count} article(s) parsed, ${failed} failed`);
    return 1;
  }
  return 0;
}
