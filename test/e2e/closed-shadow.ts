// Builds a user installs keep NoteCoach's shadow roots closed: neither a page script nor
// Playwright's locators can enter them. Tests of those builds look inside the way DevTools
// does, through the Chrome DevTools Protocol, which sees closed roots too.
import type { Page } from '@playwright/test';

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The first element named `localName` in the page's own document (not its frames'). */
function findElement(node: DomNode, localName: string): DomNode | undefined {
  if (node.localName === localName) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findElement(child, localName);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs `inspect` on the shadow root of the first `<host>` element of the top frame, open or
 * closed, and returns what it returns (plain data); null when there is no such root.
 */
export async function inShadowRoot<T, A>(
  page: Page,
  host: string,
  inspect: (root: ShadowRoot, arg: A) => T,
  arg: A,
): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: false })) as {
      root: DomNode;
    };
    const hostNode = findElement(root, host);
    if (!hostNode) return null;
    const { node } = (await cdp.send('DOM.describeNode', {
      backendNodeId: hostNode.backendNodeId,
      pierce: true,
      depth: 1,
    })) as { node: DomNode };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${inspect.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** What the sidebar shows: its visible text, each finding's accessible name, each button's. */
export interface SidebarSeen {
  text: string;
  status: string;
  findings: string[];
  buttons: string[];
}

export async function sidebarSeen(page: Page): Promise<SidebarSeen | null> {
  return inShadowRoot(
    page,
    'notecoach-sidebar',
    (root) => {
      const section = root.querySelector<HTMLElement>('section');
      const name = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';
      return {
        text: section?.innerText ?? '',
        status: root.querySelector('[role=status]')?.textContent ?? '',
        findings: [...root.querySelectorAll('li.card')].map(name),
        buttons: [...root.querySelectorAll('button')].map(name),
      };
    },
    null,
  );
}

/** The words the textarea overlay underlines, read through its closed root. */
export async function underlinedInOverlay(page: Page): Promise<string[]> {
  const words = await inShadowRoot(
    page,
    'notecoach-marks',
    (root) => [...root.querySelectorAll('[data-severity]')].map((mark) => mark.textContent ?? ''),
    null,
  );
  return words ?? [];
}
