import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { describe, expect, it } from 'vitest';

// Proves which React each project really runs: `dom` must be 19, `react18` must be 18.3.
describe('the React under test', () => {
  it('matches the project name', () => {
    const expected = process.env.KINSHIP_EXPECTED_REACT;
    expect(expected).toMatch(/^1[89]\./);
    render(<p>React {version}</p>);
    expect(screen.getByText(/React/).textContent).toContain(`React ${expected}`);
  });
});
