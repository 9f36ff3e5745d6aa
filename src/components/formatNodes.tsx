import * as React from 'react';
import type { MessageKey, MessageValues, Translator } from '../i18n/index.js';

// Marks where a value goes in the formatted text (private-use characters, never in a message).
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/;

/**
 * A message as the components render it: the catalogue's words as text, and every text value from
 * data (a name, an email, an id, a search, a reference) in its own `<bdi>`, so a Latin name or an
 * email keeps its own direction inside Arabic or Hebrew text and the punctuation after it stays
 * where the sentence puts it. Numbers stay text (the locale formats them). `nodes` gives a value as
 * ready nodes instead (a list of names, each already in its own `<bdi>`). The one place data meets
 * catalogue text in markup; attributes (`aria-label`) take `translator.t` as plain text.
 */
export function formatNodes(
  translator: Translator,
  key: MessageKey,
  values: MessageValues = {},
  nodes: Record<string, React.ReactNode> = {},
): React.ReactNode {
  const slots: React.ReactNode[] = [];
  const marked: MessageValues = { ...values };
  const mark = (name: string, node: React.ReactNode) => {
    marked[name] = `${OPEN}${slots.length}${CLOSE}`;
    slots.push(node);
  };
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() !== '') mark(name, <bdi>{value}</bdi>);
  }
  for (const [name, node] of Object.entries(nodes)) mark(name, node);
  const text = translator.t(key, marked);
  if (slots.length === 0) return text;
  // split() with a capturing group: text at even indices, slot numbers at odd ones.
  return text.split(SLOT).map((part, index) =>
    // The slot number is the key: each value appears once per message, in a fixed order.
    index % 2 === 0 ? part : <React.Fragment key={`slot-${part}`}>{slots[Number(part)]}</React.Fragment>,
  );
}
