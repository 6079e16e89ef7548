// Template errors: one constructor so every one carries its code, exit code 3 and the location
// of the directive, with the message taken from messages.ts.
import { ExitCode, ItipError, type SourceLocation } from "../../errors.js";
import { templateMessages, type TemplateErrorCode } from "../messages.js";

export function templateError<C extends TemplateErrorCode>(
  code: C,
  location: SourceLocation,
  ...args: Parameters<(typeof templateMessages)[C]>
): ItipError {
  const message = (templateMessages[code] as (...a: typeof args) => string)(...args);
  return new ItipError(code, message, { exitCode: ExitCode.template, location });
}
