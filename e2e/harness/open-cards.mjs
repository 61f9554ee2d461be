// A page function (it travels to the browser as source, so it closes over nothing): opens
// the card of every release and mainline badge on the page once, as a reader hovering each
// would, then leaves it closed. A card's details are drawn the first time it shows
// (components/BadgeWithCard.tsx), so whatever reads them opens them first.
export const openEveryCard = async () => {
  const badges = [...document.querySelectorAll('kc-release, kc-mainline')].flatMap((host) => [...(host.shadowRoot?.querySelectorAll('.kc-badge') ?? [])]);
  for (const badge of badges) badge.dispatchEvent(new MouseEvent('mouseenter'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const badge of badges) badge.dispatchEvent(new MouseEvent('mouseleave'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return badges.length;
};
