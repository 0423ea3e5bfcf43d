// ProfileTokenError: its stable codes, a message per code, detail and cause.
import { expect } from 'chai';
import { ProfileTokenError, profileTokenErrorCodes } from '../../src/token/index.js';

describe('ProfileTokenError', () => {
  it('lists the eight stable codes', () => {
    expect([...profileTokenErrorCodes]).to.deep.equal([
      'malformed',
      'too-large',
      'algorithm',
      'key',
      'signature',
      'expired',
      'not-yet-valid',
      'claims',
    ]);
  });

  it('gives every code its own message that says what to do or check', () => {
    const messages = profileTokenErrorCodes.map((code) => new ProfileTokenError(code).message);
    expect(new Set(messages).size).to.equal(profileTokenErrorCodes.length);
    for (const message of messages) expect(message).to.match(/^The (profile token|verification key)\b.{40,}/);
  });

  it('is an Error named ProfileTokenError carrying its code', () => {
    const error = new ProfileTokenError('expired');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('ProfileTokenError');
    expect(error.code).to.equal('expired');
    expect(String(error)).to.match(/^ProfileTokenError: The profile token has expired/);
  });

  it('appends the detail to the message and keeps it as detail', () => {
    const error = new ProfileTokenError('claims', '"displayName" is empty');
    expect(error.detail).to.equal('"displayName" is empty');
    expect(error.message).to.equal(`${new ProfileTokenError('claims').message} ("displayName" is empty)`);
  });

  it('has no detail property when none is given', () => {
    expect(Object.hasOwn(new ProfileTokenError('signature'), 'detail')).to.be.false;
  });

  it('keeps the underlying error as cause', () => {
    const cause = new TypeError('from WebCrypto');
    expect(new ProfileTokenError('key', 'import failed', { cause }).cause).to.equal(cause);
  });
});
