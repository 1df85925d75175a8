import { expect, it } from "vitest";
import { classifyError } from "./index";
import { classificationSchema, type Category, type Classification } from "./schema";

/** One labelled paste for the classifier's table tests: the category, and facts to check. */
export interface ClassifierCase {
  category: Category;
  text: string;
  expect?: Partial<Classification>;
}

/** One test per case: a valid classification with the labelled category and facts. */
export function itClassifiesEach(cases: ClassifierCase[]): void {
  it.each(cases.map((c) => [c.category, c.text.slice(0, 70).replace(/\s+/g, " "), c] as const))("%s ← %s", (_category, _label, c) => {
    const got = classifyError(c.text);
    expect(classificationSchema.parse(got)).toEqual(got);
    expect(got.category).toBe(c.category);
    if (c.expect) expect(got).toMatchObject(c.expect);
  });
}
