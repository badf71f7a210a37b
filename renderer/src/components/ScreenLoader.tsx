import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {t('app.loading')}
    </p>
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <p className="error" role="alert">
      {t('app.screenFailed')}
    </p>
  );
}

/**
 * A screen's code arrives from the app's own files on first use; until then a calm status.
 * If that file cannot be read (a broken install), the helper gets a plain message instead of
 * a blank window, and the rest of the app keeps working.
 */
class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

export function ScreenLoader({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadBoundary>
  );
}
