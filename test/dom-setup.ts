import { configure } from "@testing-library/react";

// The pane's tests wait for what React renders after an action. On a busy two-core machine
// (the whole suite in two workers) a render can take longer than the library's default
// second; waiting longer changes nothing when the element comes, and a missing element
// still fails the test.
configure({ asyncUtilTimeout: 5000 });
// For the same reason a test of the pane, which clicks through several renders, gets more than
// jest's five seconds.
jest.setTimeout(30_000);
