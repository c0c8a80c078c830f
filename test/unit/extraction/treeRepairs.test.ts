import { describe, expect, it } from 'vitest';
import { relabelDescriptors, repairIncluding, repairMissingSubject, repairNamingClause, repairParticipleRoot } from '../../../src/extraction/treeRepairs.js';
import type { TreeWord } from '../../../src/extraction/SentenceTree.js';

/** Words with the given forms, tags, heads and labels (offsets are not read by the repair). */
function words(rows: Array<[string, string, number, string]>): TreeWord[] {
  return rows.map(([form, upos, head, label], i) => ({ form, lower: form.toLowerCase(), lemma: form.toLowerCase(), upos, xpos: '_', start: i, end: i + 1, token: i, head, label }));
}

describe('repairNamingClause', () => {
  it('makes "called NAME" a clause on the noun and the later verb the root', () => {
    // The project , called Baltyk Wind , will be built .  (as the parser reads it: "called" the root)
    const w = words([
      ['The', 'DET', 1, 'det'], ['project', 'NOUN', 3, 'nsubj'], [',', 'PUNCT', 1, 'punct'], ['called', 'VERB', -1, 'root'],
      ['Baltyk', 'PROPN', 3, 'obj'], ['Wind', 'PROPN', 4, 'flat'], [',', 'PUNCT', 9, 'punct'], ['will', 'AUX', 9, 'aux'],
      ['be', 'AUX', 9, 'aux:pass'], ['built', 'VERB', 3, 'advcl'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairNamingClause(w)).toBe(true);
    expect([w[9]!.head, w[9]!.label]).toEqual([-1, 'root']);
    expect([w[3]!.head, w[3]!.label]).toEqual([1, 'acl']);
    expect([w[1]!.head, w[1]!.label]).toEqual([9, 'nsubj:pass']);
    expect(w[10]!.head).toBe(9);
  });

  it('leaves a real naming clause alone ("The club called him a legend.")', () => {
    const w = words([['The', 'DET', 1, 'det'], ['club', 'NOUN', 2, 'nsubj'], ['called', 'VERB', -1, 'root'], ['him', 'PRON', 2, 'obj'], ['a', 'DET', 5, 'det'], ['legend', 'NOUN', 2, 'xcomp'], ['.', 'PUNCT', 2, 'punct']]);
    const before = JSON.stringify(w);
    expect(repairNamingClause(w)).toBe(false);
    expect(JSON.stringify(w)).toBe(before);
  });
});

describe('repairMissingSubject', () => {
  it('gives a subjectless passive main verb the name the parser hung on a comma', () => {
    // In 1921 , Walter Brennan , the Governor , was born in Port Ellis .
    const w = words([
      ['In', 'ADP', 1, 'case'], ['1921', 'NUM', 10, 'obl'], [',', 'PUNCT', 1, 'punct'], ['Walter', 'PROPN', 2, 'list'], ['Brennan', 'PROPN', 3, 'flat'],
      [',', 'PUNCT', 7, 'punct'], ['the', 'DET', 7, 'det'], ['Governor', 'PROPN', 3, 'appos'], [',', 'PUNCT', 3, 'punct'], ['was', 'AUX', 10, 'aux:pass'],
      ['born', 'VERB', -1, 'root'], ['in', 'ADP', 13, 'case'], ['Port', 'PROPN', 13, 'compound'], ['Ellis', 'PROPN', 10, 'obl'], ['.', 'PUNCT', 10, 'punct'],
    ]);
    expect(repairMissingSubject(w)).toBe(true);
    expect([w[3]!.head, w[3]!.label]).toEqual([10, 'nsubj:pass']);
  });

  it('leaves a verb with a subject, and names inside a prepositional phrase, alone', () => {
    const withSubject = words([['Ana', 'PROPN', 1, 'nsubj'], ['was', 'AUX', 2, 'aux:pass'], ['born', 'VERB', -1, 'root']]);
    expect(repairMissingSubject(withSubject)).toBe(false);
    const inPhrase = words([['In', 'ADP', 1, 'case'], ['Ohio', 'PROPN', 3, 'obl'], ['it', 'PRON', 3, 'expl'], ['was', 'AUX', -1, 'root']]);
    expect(repairMissingSubject(inPhrase)).toBe(false);
  });
});

describe('relabelDescriptors', () => {
  it('reads a descriptor noun before a name as a compound', () => {
    const w = words([['businessman', 'NOUN', 1, 'nmod:desc'], ['Ashby', 'PROPN', -1, 'root']]);
    relabelDescriptors(w);
    expect(w[0]!.label).toBe('compound');
  });
});

describe('repairParticipleRoot', () => {
  it('makes "X, founded in 2018 by Y, helps …" a participle clause on X with "helps" the root', () => {
    const w = words([
      ['Lumora', 'PROPN', 2, 'nsubj'], [',', 'PUNCT', 2, 'punct'], ['founded', 'VERB', -1, 'root'], ['by', 'ADP', 4, 'case'], ['Omri', 'PROPN', 2, 'obl:agent'],
      [',', 'PUNCT', 6, 'punct'], ['helps', 'VERB', 2, 'conj'], ['firms', 'NOUN', 6, 'obj'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    w[2] = { ...w[2]!, xpos: 'VBN' };
    w[6] = { ...w[6]!, xpos: 'VBZ' };
    expect(repairParticipleRoot(w)).toBe(true);
    expect([w[6]!.head, w[6]!.label]).toEqual([-1, 'root']);
    expect([w[2]!.head, w[2]!.label]).toEqual([0, 'acl']);
    expect([w[0]!.head, w[0]!.label]).toEqual([6, 'nsubj']);
    expect(w[8]!.head).toBe(6);
  });

  it('leaves a participle with an auxiliary alone ("X, has founded …")', () => {
    const w = words([['Lumora', 'PROPN', 3, 'nsubj'], [',', 'PUNCT', 3, 'punct'], ['has', 'AUX', 3, 'aux'], ['grown', 'VERB', -1, 'root']]);
    w[3] = { ...w[3]!, xpos: 'VBN' };
    expect(repairParticipleRoot(w)).toBe(false);
  });
});

describe('repairIncluding', () => {
  it('makes "including X" a member phrase of the noun before it and that noun the subject', () => {
    // Two councillors , including Ann Lee , voted .  (as the parser reads it: "including" a verb, "councillors" an oblique)
    const w = words([
      ['Two', 'NUM', 1, 'nummod'], ['councillors', 'NOUN', 7, 'obl'], [',', 'PUNCT', 1, 'punct'], ['including', 'VERB', 7, 'advcl'],
      ['Ann', 'PROPN', 5, 'compound'], ['Lee', 'PROPN', 3, 'obj'], [',', 'PUNCT', 3, 'punct'], ['voted', 'VERB', -1, 'root'], ['.', 'PUNCT', 7, 'punct'],
    ]);
    expect(repairIncluding(w)).toBe(true);
    expect([w[3]!.head, w[3]!.label]).toEqual([5, 'case']);
    expect([w[5]!.head, w[5]!.label]).toEqual([1, 'nmod']);
    expect([w[1]!.head, w[1]!.label]).toEqual([7, 'nsubj']);
    expect(w[6]!.head).toBe(1);
  });

  it('leaves "including" without a comma and a noun before it alone', () => {
    const w = words([['Prices', 'NOUN', 1, 'nsubj'], ['rose', 'VERB', -1, 'root'], ['including', 'VERB', 1, 'advcl'], ['fuel', 'NOUN', 2, 'obj']]);
    expect(repairIncluding(w)).toBe(false);
  });
});
