/** After a listing's teaser: later articles on its story are known (open it to see them). */
export function LaterNewsMarker({ count }: { count: number }) {
  const words = `${count} later ${count === 1 ? 'article' : 'articles'} on this story`;
  return (
    <span class="kc-badge" data-state="stable">
      <span class="kc-badge__button" role="note" aria-label={`Kernel Context: ${words}`} title={words}>
        +{count} later
      </span>
    </span>
  );
}
