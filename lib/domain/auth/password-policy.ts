import { msg, type TMessage } from "../../i18n/message";

/** At least this many characters: long passphrases beat short complex ones (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt reads at most 72 bytes; 64 characters of Vietnamese text can exceed that, so bytes are counted too. */
export const PASSWORD_MAX_LENGTH = 64;
export const PASSWORD_MAX_BYTES = 72;

/**
 * Passwords that guessers try first: the world's most common ones and those typical of
 * Vietnamese offices (the agency's name, "mật khẩu", years, keyboard runs). Compared after
 * lowercasing and removing diacritics and spaces, so "Mật khẩu 123" is caught as "matkhau123".
 */
const COMMON_PASSWORDS = new Set([
  "123456789",
  "1234567890",
  "12345678910",
  "0123456789",
  "1111111111",
  "0000000000",
  "1234512345",
  "123123123123",
  "987654321",
  "9876543210",
  "qwertyuiop",
  "qwerty123456",
  "1qaz2wsx3edc",
  "1q2w3e4r5t",
  "asdfghjkl",
  "password123",
  "password1234",
  "passw0rd123",
  "abc1234567",
  "abcd123456",
  "iloveyou123",
  "matkhau123",
  "matkhau1234",
  "matkhau@123",
  "matkhaumoi",
  "matkhaumoi123",
  "bhxh@123456",
  "bhxh@12345",
  "bhxh@123",
  "bhxh123456",
  "bhxh12345678",
  "baohiemxahoi",
  "baohiemxahoi123",
  "baohiemxahoi@123",
  "vietnam123",
  "vietnam@123",
  "anhyeuem123",
  "emyeuanh123",
  "admin12345",
  "admin@12345",
  "administrator",
  "trachnhiem123",
  "trachnhiem@123",
]);

/** Lowercase, without diacritics (đ becomes d), spaces or dots: the form guessers' lists use. */
export function normalisedPassword(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[\s.]+/g, "");
}

/**
 * What is wrong with `password` as a new password for the person with `email` and `name`,
 * empty when it is acceptable. It applies when a password is set (changed, reset), never to a
 * hash already stored: the demo accounts keep their short password.
 */
export function passwordPolicyProblems(password: string, person: { email: string; name: string }): TMessage[] {
  const problems: TMessage[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH)
    problems.push(msg("errors.passwordTooShort", { min: PASSWORD_MIN_LENGTH }));
  if ([...password].length > PASSWORD_MAX_LENGTH || new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES)
    problems.push(msg("errors.passwordTooLong", { max: PASSWORD_MAX_LENGTH }));
  const plain = normalisedPassword(password);
  const email = person.email.trim().toLowerCase();
  const localPart = email.split("@")[0] ?? "";
  if (plain === normalisedPassword(email) || (localPart.length >= 4 && plain === normalisedPassword(localPart)))
    problems.push(msg("errors.passwordIsEmail"));
  const name = normalisedPassword(person.name);
  if (name.length > 0 && (plain === name || plain === name.split("").reverse().join("")))
    problems.push(msg("errors.passwordIsName"));
  if (COMMON_PASSWORDS.has(plain) || /^(.)\1*$/u.test(plain)) problems.push(msg("errors.passwordTooCommon"));
  return problems;
}
