// Only pages that never answer 404 have a loading boundary: one streams a 200 before its page
// renders, so above a page with an id or a unit filter it would turn notFound() into a 200.
export { PageLoading as default } from "@/components/ui/page-loading";
