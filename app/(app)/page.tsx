import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/domain/access/home-path-for";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";

export default async function HomePage() {
  redirect(homePathFor(await requireActorOrRedirect()));
}
