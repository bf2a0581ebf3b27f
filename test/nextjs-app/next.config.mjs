/** Nothing special on purpose: the package must work in a stock Next.js app. */
export default {};
