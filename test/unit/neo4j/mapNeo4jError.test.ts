import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError } from '../../../src/store/neo4j/mapNeo4jError.js';
import { NewsgraphError, QueryError } from '../../../src/errors.js';

const ctx = { uri: 'bolt://db.example:7687', user: 'reporter', database: 'news' };
const driverError = (code: string, message = 'driver message'): Neo4jError => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('mapNeo4jError', () => {
  it('maps ServiceUnavailable to STORE_UNAVAILABLE naming the URI and NEO4J_URI', () => {
    const e = mapNeo4jError(driverError('ServiceUnavailable', 'Could not perform discovery'), ctx);
    expect(e.code).toBe('STORE_UNAVAILABLE');
    expect(e.message).toContain('cannot reach Neo4j at bolt://db.example:7687');
    expect(e.message).toContain('is the server running? check NEO4J_URI');
    expect(e.cause).toBeInstanceOf(Neo4jError);
  });

  it('maps SessionExpired to STORE_UNAVAILABLE too', () => {
    expect(mapNeo4jError(driverError('SessionExpired'), ctx).code).toBe('STORE_UNAVAILABLE');
  });

  it('maps Unauthorized to STORE_AUTH_FAILED naming user, URI and the env variables', () => {
    const e = mapNeo4jError(driverError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized'), ctx);
    expect(e.code).toBe('STORE_AUTH_FAILED');
    expect(e.message).toContain('"reporter"');
    expect(e.message).toContain('bolt://db.example:7687');
    expect(e.message).toContain('NEO4J_USER/NEO4J_PASSWORD');
    expect(e.message).not.toContain('secret');
  });

  it('maps DatabaseNotFound to DATABASE_NOT_FOUND naming the database', () => {
    const e = mapNeo4jError(driverError('Neo.ClientError.Database.DatabaseNotFound'), ctx);
    expect(e.code).toBe('DATABASE_NOT_FOUND');
    expect(e.message).toContain('"news"');
    expect(e.message).toContain('NEO4J_DATABASE');
  });

  it('maps ConstraintValidationFailed to CONSTRAINT_VIOLATION keeping the server detail', () => {
    const e = mapNeo4jError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists with label `Entity`'), ctx);
    expect(e.code).toBe('CONSTRAINT_VIOLATION');
    expect(e.message).toContain('already exists with label `Entity`');
  });

  it('maps other driver errors to STORE_ERROR with the Neo4j code', () => {
    const e = mapNeo4jError(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'), ctx);
    expect(e.code).toBe('STORE_ERROR');
    expect(e.message).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(e.details.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('maps plain errors to STORE_ERROR and passes NewsgraphErrors through unchanged', () => {
    expect(mapNeo4jError(new Error('boom'), ctx).code).toBe('STORE_ERROR');
    const q = new QueryError('BAD_USER_INPUT', 'after expects a cursor');
    expect(mapNeo4jError(q, ctx)).toBe(q);
    expect(mapNeo4jError('weird', ctx)).toBeInstanceOf(NewsgraphError);
  });
});
