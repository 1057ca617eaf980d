// What the database said when it refused a statement. Drizzle wraps the driver's error ("Failed
// query: …"); the database's own words (which constraint, which enum) are in its cause, the same
// on PGlite and PostgreSQL. Fails the test when the statement was accepted.
export async function databaseRefusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error instanceof Error ? error.message : error);
  }
  throw new Error('the database accepted the statement');
}
