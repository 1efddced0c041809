import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { composeMail } from "./compose-mail";

const content = (name: string) => ({
  kind: "password-reset",
  recipient: "a@bhxh.test",
  subject: msg("mail.passwordReset.subject"),
  before: [msg("mail.passwordReset.greeting", { name })],
  action: { label: msg("mail.passwordReset.action"), href: "https://tn.bhxh.test/reset-password?token=abc&x=1" },
  after: [msg("mail.passwordReset.ignore")],
});

describe("composeMail", () => {
  it("words the message in the reader's language, with the link written out in the text and the HTML", () => {
    const mail = composeMail("vi", content("Nguyễn Văn A"));
    expect(mail.subject).toBe("Đặt lại mật khẩu Trách nhiệm");
    expect(mail.text).toContain("Chào Nguyễn Văn A,");
    expect(mail.text).toContain("Đặt mật khẩu mới: https://tn.bhxh.test/reset-password?token=abc&x=1");
    expect(mail.html).toContain('<a href="https://tn.bhxh.test/reset-password?token=abc&amp;x=1">Đặt mật khẩu mới</a>');
    expect(mail.link).toBe("https://tn.bhxh.test/reset-password?token=abc&x=1");
    expect(composeMail("en", content("A")).subject).toBe("Reset your Trách nhiệm password");
  });

  it("escapes what people typed in the HTML", () => {
    const mail = composeMail("vi", content('<img src=x onerror="alert(1)">'));
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("adds the unsubscribe link after the paragraphs, and its one-click URL for List-Unsubscribe", () => {
    const mail = composeMail("vi", {
      ...content("A"),
      unsubscribe: {
        label: msg("mail.notification.unsubscribe"),
        href: "https://tn.bhxh.test/unsubscribe?t=a.b&c",
        oneClickHref: "https://tn.bhxh.test/api/unsubscribe?t=a.b&c",
      },
    });
    expect(mail.text.trimEnd().split("\n\n").at(-1)).toBe(
      "Ngừng nhận e-mail loại này: https://tn.bhxh.test/unsubscribe?t=a.b&c",
    );
    expect(mail.html).toContain(
      '<a href="https://tn.bhxh.test/unsubscribe?t=a.b&amp;c">Ngừng nhận e-mail loại này</a>',
    );
    expect(mail.listUnsubscribe).toBe("https://tn.bhxh.test/api/unsubscribe?t=a.b&c");
    expect(composeMail("vi", content("A")).listUnsubscribe).toBeNull();
  });
});
