// A failure meant for the person: its message is Vietnamese text shown as is, never a stack.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
