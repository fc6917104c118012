// Bad command-line input: bin/cli.ts prints the message and the usage and exits 2. A module of its
// own so that the dispatcher loads nothing else before it knows the command.
export class UsageError extends Error {}
