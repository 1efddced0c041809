/** How a person wants a kind of notification by e-mail (prisma/schema.prisma, enum MailChannel). */
export const mailChannels = ["IMMEDIATE", "DIGEST", "OFF"] as const;

export type TMailChannel = (typeof mailChannels)[number];
