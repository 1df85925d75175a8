import { NotFoundView } from "@/components/not-found-view";

export default function PageNotFound() {
  return <NotFoundView kind="page" />;
}
