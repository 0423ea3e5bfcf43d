// Assertions on the token module's refusals: which ProfileTokenError code a promise or a call ends in.
import { expect } from 'chai';
import { ProfileTokenError, type ProfileTokenErrorCode } from '../../src/token/index.js';

/** The value `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected a rejection, but the promise resolved');
}

/** Asserts that `promise` rejects with a ProfileTokenError of `code`, and returns the error. */
export async function expectRefusal(promise: Promise<unknown>, code: ProfileTokenErrorCode): Promise<ProfileTokenError> {
  return asRefusal(await rejectionOf(promise), code);
}

/** Asserts that `call` throws a ProfileTokenError of `code`, and returns the error. */
export function expectRefusalSync(call: () => unknown, code: ProfileTokenErrorCode): ProfileTokenError {
  try {
    call();
  } catch (error) {
    return asRefusal(error, code);
  }
  expect.fail('expected a ProfileTokenError, but nothing was thrown');
}

function asRefusal(error: unknown, code: ProfileTokenErrorCode): ProfileTokenError {
  expect(error, String(error)).to.be.instanceOf(ProfileTokenError);
  const refusal = error as ProfileTokenError;
  expect(refusal.code, refusal.message).to.equal(code);
  return refusal;
}
