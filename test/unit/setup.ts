import { configure } from "@solidjs/testing-library";

// waitFor/findBy* give up after 1 s by default: on a loaded 2-core CI machine a screen can
// take longer than that to settle. They still return as soon as the condition holds.
configure({ asyncUtilTimeout: 10_000 });
