import { describe, expect, it } from 'vitest';
import { buildASTSchema, isEnumType, isInputObjectType, isObjectType, type GraphQLNamedType } from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs.js';
import { resolvers } from '../../../src/graphql/resolvers.js';
import { ENTITY_TYPES } from '../../../src/model/types.js';

const schema = buildASTSchema(loadTypeDefs());
const own = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

describe('schema/*.graphql', () => {
  it('documents every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of own) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has the fixed public query names and arguments with their defaults', () => {
    const q = schema.getQueryType()!.getFields();
    const sig = (name: string) => q[name]!.args.map((a) => `${a.name}:${String(a.type)}${a.defaultValue !== undefined ? `=${String(a.defaultValue)}` : ''}`);
    expect(sig('entity')).toEqual(['name:String!']);
    expect(sig('entities')).toEqual(['search:String', 'type:EntityType', 'first:Int=20', 'after:String']);
    expect(sig('relations')).toEqual(expect.arrayContaining(['subject:String', 'predicate:String', 'object:String', 'first:Int=20', 'after:String']));
    expect(sig('neighbors')).toEqual(['name:String!', 'depth:Int=1', 'first:Int=50']);
    expect(sig('path')).toEqual(['from:String!', 'to:String!', 'maxHops:Int=3']);
    expect(sig('article')).toEqual(['id:ID!']);
    expect(sig('articles')).toEqual(['entity:String', 'since:String', 'until:String', 'search:String', 'first:Int=20', 'after:String']);
    expect(sig('paths')).toEqual(['from:String!', 'to:String!', 'maxHops:Int=3', 'first:Int=10']);
    expect(sig('timeline')).toEqual(['name:String!', 'since:String', 'until:String', 'first:Int=100']);
    expect(sig('cooccurrences')).toEqual(['name:String!', 'type:EntityType', 'first:Int=20']);
    expect(sig('search')).toEqual(['query:String!', 'first:Int=10']);
    expect(sig('relations')).toEqual(expect.arrayContaining(['predicates:[String!]', 'entity:String', 'direction:Direction=BOTH', 'since:String', 'until:String', 'sort:RelationSort=ID']));
    const m = schema.getMutationType()!.getFields();
    expect(m.ingestArticle!.args.map((a) => `${a.name}:${String(a.type)}`)).toEqual(['input:IngestArticleInput!']);
    expect(String(m.deleteArticle!.type)).toBe('DeleteArticlePayload!');
    expect(String(q.stats!.type)).toBe('Stats!');
    expect(String(q.neighbors!.type)).toBe('[Neighbor!]!');
  });

  it('keeps EntityType in step with the model and every resolver bound to a schema field', () => {
    const entityType = schema.getType('EntityType');
    expect(isEnumType(entityType) && entityType.getValues().map((v) => v.name)).toEqual([...ENTITY_TYPES]);
    for (const [typeName, fields] of Object.entries(resolvers)) {
      const type = schema.getType(typeName);
      expect(type, typeName).toBeDefined();
      if (isObjectType(type)) for (const f of Object.keys(fields)) expect(type.getFields()[f], `${typeName}.${f}`).toBeDefined();
      if (isEnumType(type)) expect(Object.keys(fields).sort()).toEqual(type.getValues().map((v) => v.name).sort());
    }
  });
});
