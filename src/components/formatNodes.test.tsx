import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/index.js';
import { ar } from '../locales/ar.js';
import { he } from '../locales/he.js';
import { formatNodes } from './formatNodes.js';

function rendered(node: React.ReactNode) {
  return render(<p dir="rtl">{node}</p>).container.querySelector('p') as HTMLParagraphElement;
}

describe('given a message with values from data, in a right-to-left language', () => {
  it('when an email is interpolated, it is the only text in its own <bdi>, the Arabic words around it as text', () => {
    const translator = createTranslator('ar', {}, [ar]);
    const paragraph = rendered(formatNodes(translator, 'consent.email.to', { email: 'ana@example.com' }));
    expect(paragraph.textContent).toBe(translator.t('consent.email.to', { email: 'ana@example.com' }));
    expect([...paragraph.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(['ana@example.com']);
  });

  it('when a message has a number and a reference, the number stays text and the reference is isolated', () => {
    const translator = createTranslator('he', {}, [he]);
    const trace = rendered(formatNodes(translator, 'error.trace', { traceId: 'req-42-abc' }));
    expect(trace.querySelector('bdi')?.textContent).toBe('req-42-abc');
    const wait = rendered(formatNodes(translator, 'consent.resend.wait', { seconds: 2 }));
    expect(wait.querySelector('bdi')).toBeNull();
    expect(wait.textContent).toBe('אפשר לשלוח מחדש בעוד שתי שניות.');
  });

  it('when a value is given as nodes, they go where the placeholder is', () => {
    const translator = createTranslator('ar', {}, [ar]);
    const paragraph = rendered(
      formatNodes(translator, 'picker.success', { count: 2 }, { names: <span>Ana و Luis</span> }),
    );
    expect(paragraph.innerHTML).toBe('تم ربط <span>Ana و Luis</span>.');
  });
});
