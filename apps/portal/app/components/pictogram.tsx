/** A DSFR pictogram (an SVG sprite with decorative, minor and major layers), purely decorative. */
export function Pictogram({ src, size = 80 }: { src: string; size?: number }) {
  return (
    <svg aria-hidden="true" className="fr-artwork" viewBox="0 0 80 80" width={size} height={size}>
      <use className="fr-artwork-decorative" href={`${src}#artwork-decorative`} />
      <use className="fr-artwork-minor" href={`${src}#artwork-minor`} />
      <use className="fr-artwork-major" href={`${src}#artwork-major`} />
    </svg>
  );
}
