import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { type RenderOptions, renderWithProviders } from '../testing/render';
import { RequireAuth } from './RequireAuth';

function LoginProbe() {
  const location = useLocation();
  const from = (location.state as { from?: { pathname: string } } | null)?.from?.pathname;
  return <p>Page de connexion (depuis {from})</p>;
}

function renderGuarded(options: RenderOptions) {
  return renderWithProviders(
    <Routes>
      <Route path="/connexion" element={<LoginProbe />} />
      <Route element={<RequireAuth />}>
        <Route path="/competences/:id" element={<p>Page protégée</p>} />
      </Route>
    </Routes>,
    { route: '/competences/rec1', ...options },
  );
}

describe('RequireAuth', () => {
  it('redirects an anonymous visitor to /connexion, remembering the page', () => {
    renderGuarded({ auth: { user: null } });
    expect(screen.getByText('Page de connexion (depuis /competences/rec1)')).toBeInTheDocument();
    expect(screen.queryByText('Page protégée')).not.toBeInTheDocument();
  });

  it('waits while the session is being restored', () => {
    renderGuarded({ auth: { user: null, loading: true } });
    expect(screen.getByRole('progressbar', { name: 'Chargement en cours' })).toBeInTheDocument();
  });

  it('shows the page to a logged-in user', () => {
    renderGuarded({});
    expect(screen.getByText('Page protégée')).toBeInTheDocument();
  });
});
