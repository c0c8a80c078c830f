import { describe, expect, it } from 'vitest';
import { applyTaggerTypes, type TypedMention } from '../../../src/extraction/mentions/taggerTypes.js';
import { SentenceTree, type TreeEntity, type TreeWord } from '../../../src/extraction/SentenceTree.js';
import { Gazetteer } from '../../../src/syntax/Gazetteer.js';

/** A flat tree over words (every word hangs on the last), token i = word i. */
function tree(forms: string[], upos: string[], entities: TreeEntity[]): SentenceTree {
  let offset = 0;
  const words: TreeWord[] = forms.map((form, i) => {
    const w: TreeWord = { form, lower: form.toLowerCase(), lemma: form.toLowerCase(), upos: upos[i]!, xpos: '_', start: offset, end: offset + form.length, token: i, head: i === forms.length - 1 ? -1 : forms.length - 1, label: i === forms.length - 1 ? 'root' : 'dep' };
    offset += form.length + 1;
    return w;
  });
  return new SentenceTree(0, words, entities);
}

/** A tree with given heads (-1: root) and labels. */
function parsed(forms: string[], upos: string[], heads: number[], labels: string[], entities: TreeEntity[]): SentenceTree {
  let offset = 0;
  const words: TreeWord[] = forms.map((form, i) => {
    const w: TreeWord = { form, lower: form.toLowerCase(), lemma: form.toLowerCase().replace(/s$/, ''), upos: upos[i]!, xpos: '_', start: offset, end: offset + form.length, token: i, head: heads[i]!, label: labels[i]! };
    offset += form.length + 1;
    return w;
  });
  return new SentenceTree(0, words, entities);
}

const gazetteer = new Gazetteer({ firstName: ['maria'], city: ['bethany'], country: ['chile'], capital: [] });

function mention(start: number, end: number, name: string, type: TypedMention['type'], strength: TypedMention['strength']): TypedMention {
  return { start, end, sentence: 0, name, type, strength, kind: 'name' };
}

describe('applyTaggerTypes', () => {
  it('lets the tagger retype a guessed name when the word lists back it', () => {
    const t = tree(['Maria', 'Quispe', 'spoke'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'PERSON', score: 0.95 }]);
    const m = mention(0, 2, 'Maria Quispe', 'ORGANIZATION', 1);
    expect(applyTaggerTypes([m], [t], gazetteer)).toBe(1);
    expect(m.type).toBe('PERSON');
  });

  it('never makes a person of a name without a listed first name (unknown companies read like surnames)', () => {
    const t = tree(['General', 'Electric', 'fell'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'PERSON', score: 0.99 }]);
    const m = mention(0, 2, 'General Electric', 'ORGANIZATION', 1);
    expect(applyTaggerTypes([m], [t], gazetteer)).toBe(0);
    expect(m.type).toBe('ORGANIZATION');
  });

  it('keeps a person whose name starts with a listed first name', () => {
    const t = tree(['Maria', 'Vega', 'won'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'ORGANIZATION', score: 0.99 }]);
    const m = mention(0, 2, 'Maria Vega', 'PERSON', 1);
    expect(applyTaggerTypes([m], [t], gazetteer)).toBe(0);
    expect(m.type).toBe('PERSON');
  });

  it('lets a guessed organisation become an event or facility without a cue', () => {
    const t = tree(['Lobos', 'Cup', 'opened'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'EVENT', score: 0.95 }]);
    const m = mention(0, 2, 'Lobos Cup', 'ORGANIZATION', 1);
    applyTaggerTypes([m], [t], gazetteer);
    expect(m.type).toBe('EVENT');
  });

  it('keeps a strongly typed name whatever the tagger says', () => {
    const t = tree(['Acme', 'Bank', 'fell'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'PERSON', score: 0.99 }]);
    const m = mention(0, 2, 'Acme Bank', 'ORGANIZATION', 3);
    expect(applyTaggerTypes([m], [t], gazetteer)).toBe(0);
    expect(m.type).toBe('ORGANIZATION');
  });

  it('keeps a cue-typed name unless the tagger is sure', () => {
    const t = tree(['Maria', 'Quispe', 'spoke'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'PERSON', score: 0.6 }]);
    const m = mention(0, 2, 'Maria Quispe', 'ORGANIZATION', 2);
    applyTaggerTypes([m], [t], gazetteer);
    expect(m.type).toBe('ORGANIZATION');
  });

  it('needs a cue beside a one-word name: no person after a determiner, a place after a locative preposition', () => {
    const kremlin = tree(['the', 'Kremlin', 'said'], ['DET', 'PROPN', 'VERB'], [{ start: 1, end: 2, type: 'PERSON', score: 0.99 }]);
    const k = mention(1, 2, 'Kremlin', 'ORGANIZATION', 1);
    applyTaggerTypes([k], [kremlin], gazetteer);
    expect(k.type).toBe('ORGANIZATION');
    const via = tree(['through', 'Telegram', 'today'], ['ADP', 'PROPN', 'NOUN'], [{ start: 1, end: 2, type: 'PLACE', score: 0.99 }]);
    const v = mention(1, 2, 'Telegram', 'ORGANIZATION', 1);
    applyTaggerTypes([v], [via], gazetteer);
    expect(v.type).toBe('ORGANIZATION');
    const town = tree(['in', 'Aumsville', 'today'], ['ADP', 'PROPN', 'NOUN'], [{ start: 1, end: 2, type: 'PLACE', score: 0.99 }]);
    const a = mention(1, 2, 'Aumsville', 'ORGANIZATION', 1);
    applyTaggerTypes([a], [town], gazetteer);
    expect(a.type).toBe('GPE');
  });

  it('accepts a listed first name or place without any cue', () => {
    const t = tree(['Maria', 'said'], ['PROPN', 'VERB'], [{ start: 0, end: 1, type: 'PERSON', score: 0.5 }]);
    const m = mention(0, 1, 'Maria', 'ORGANIZATION', 1);
    applyTaggerTypes([m], [t], gazetteer);
    expect(m.type).toBe('PERSON');
  });

  it('ignores spans that cover less than half of the mention, and times', () => {
    const t = tree(['Porto', 'Verde', 'Football', 'Club', 'won'], ['PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 1, type: 'PLACE', score: 0.99 }]);
    const m = mention(0, 4, 'Porto Verde Football Club', 'ORGANIZATION', 1);
    applyTaggerTypes([m], [t], gazetteer);
    expect(m.type).toBe('ORGANIZATION');
    const d = tree(['Monday', 'Group', 'met'], ['PROPN', 'PROPN', 'VERB'], [{ start: 0, end: 2, type: 'TIME', score: 0.99 }]);
    const g = mention(0, 2, 'Monday Group', 'ORGANIZATION', 1);
    applyTaggerTypes([g], [d], gazetteer);
    expect(g.type).toBe('ORGANIZATION');
  });

  it('makes a person of a lone surname only in a person context: an apposed role, an age, speech', () => {
    const role = parsed(['Derwinski', ',', 'a', 'Republican', ',', 'won'], ['PROPN', 'PUNCT', 'DET', 'PROPN', 'PUNCT', 'VERB'], [5, 3, 3, 0, 0, -1], ['nsubj', 'punct', 'det', 'appos', 'punct', 'root'], [{ start: 0, end: 1, type: 'PERSON', score: 0.99 }]);
    const d = mention(0, 1, 'Derwinski', 'ORGANIZATION', 1);
    applyTaggerTypes([d], [role], gazetteer);
    expect(d.type).toBe('PERSON');
    const said = parsed(['Walesa', 'says'], ['PROPN', 'VERB'], [1, -1], ['nsubj', 'root'], [{ start: 0, end: 1, type: 'PERSON', score: 0.99 }]);
    const w = mention(0, 1, 'Walesa', 'ORGANIZATION', 1);
    applyTaggerTypes([w], [said], gazetteer);
    expect(w.type).toBe('PERSON');
    const raised = parsed(['Lumora', 'raised', 'funds'], ['PROPN', 'VERB', 'NOUN'], [1, -1, 1], ['nsubj', 'root', 'obj'], [{ start: 0, end: 1, type: 'PERSON', score: 0.99 }]);
    const l = mention(0, 1, 'Lumora', 'ORGANIZATION', 1);
    applyTaggerTypes([l], [raised], gazetteer);
    expect(l.type).toBe('ORGANIZATION');
  });

  it('keeps a one-word name an organisation when the article classifies it anywhere ("the streaming service Vantage")', () => {
    const service = parsed(['the', 'service', 'Vantage', 'grew'], ['DET', 'NOUN', 'PROPN', 'VERB'], [1, 3, 1, -1], ['det', 'nsubj', 'appos', 'root'], [{ start: 2, end: 3, type: 'ORGANIZATION', score: 0.99 }]);
    const said = new SentenceTree(1, parsed(['Vantage', 'says'], ['PROPN', 'VERB'], [1, -1], ['nsubj', 'root'], []).words, [{ start: 0, end: 1, type: 'PERSON', score: 0.99 }]);
    const first = mention(2, 3, 'Vantage', 'ORGANIZATION', 1);
    const second: TypedMention = { ...mention(0, 1, 'Vantage', 'ORGANIZATION', 1), sentence: 1 };
    applyTaggerTypes([first, second], [service, said], gazetteer);
    expect(second.type).toBe('ORGANIZATION');
  });
});
