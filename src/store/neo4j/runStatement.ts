/** Runs one prepared statement in a transaction and returns plain record objects. */
import type { ManagedTransaction } from 'neo4j-driver';
import { statementText } from './statements.js';
import type { Statement } from './statements.js';

export type Row = Record<string, unknown>;

/** What a statement needs of a transaction: managed transactions and test fakes both fit. */
export type Tx = Pick<ManagedTransaction, 'run'>;

export async function runStatement(tx: Tx, statement: Statement): Promise<Row[]> {
  const result = await tx.run(statementText(statement), statement.params);
  return result.records.map((r) => r.toObject() as Row);
}
