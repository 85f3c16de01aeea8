import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

/** The reference page: React and Fluent UI v9 with one button, nothing of the product. */
const container = document.getElementById("container") ?? document.body;
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">校验本表</Button>
  </FluentProvider>
);
