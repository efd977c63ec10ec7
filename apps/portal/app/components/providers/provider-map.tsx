import { Link, useNavigate, useRouteLoaderData } from '@remix-run/react';
import type * as Leaflet from 'leaflet';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { format } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import type { MapSettings } from './providers-map-settings.ts';

/*
 * The provider maps. Leaflet touches `window` as soon as it is imported, so it is only ever loaded
 * in an effect, after hydration, by a dynamic import: it stays out of the pages' own code and is
 * fetched only when a map is actually shown (the map view of the results, or a profile's map once
 * asked for). Without JavaScript there is no map; the page says so and links to the list. Tiles come from a remote
 * server that may be unreachable; Leaflet then shows an empty grey pane and everything else,
 * markers and popups included, still works. Markers are HTML (`divIcon`) styled by
 * providers.css: no image path guessing, and nothing an inline-style-free CSP would refuse.
 */

type LeafletModule = typeof Leaflet;

export type MapPoint = { lat: number; lng: number };
export type MapProvider = {
  slug: string;
  name: string;
  href: string;
  location: MapPoint;
  distanceKm: number;
  /** Its number in the results, written on its pin as on its card. */
  number: number;
  detail: string;
};

/**
 * Loads Leaflet once the component is on screen; null until then, or when it cannot load.
 * `loading` is true only in a browser running the page's JavaScript, while the module comes.
 */
function useLeaflet(): { leaflet: LeafletModule | null; failed: boolean; loading: boolean } {
  const [leaflet, setLeaflet] = useState<LeafletModule | null>(null);
  const [failed, setFailed] = useState(false);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setStarted(true);
    import('leaflet')
      .then((module) => {
        const loaded = ((module as { default?: LeafletModule }).default ?? module) as LeafletModule;
        if (!cancelled) setLeaflet(loaded);
      })
      .catch((error: unknown) => {
        console.warn('The map could not be loaded; the list of results stays complete.', error);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return { leaflet, failed, loading: started && !leaflet && !failed };
}

/** Creates the Leaflet map on `container` once Leaflet is loaded, and removes it on unmount. */
function useLeafletMap(
  leaflet: LeafletModule | null,
  container: RefObject<HTMLElement | null>,
  create: (L: LeafletModule, element: HTMLElement) => Leaflet.Map,
): Leaflet.Map | null {
  const [map, setMap] = useState<Leaflet.Map | null>(null);
  const createRef = useRef(create);
  createRef.current = create;
  useEffect(() => {
    const element = container.current;
    if (!leaflet || !element) return;
    const created = createRef.current(leaflet, element);
    setMap(created);
    return () => {
      created.remove();
      setMap(null);
    };
  }, [leaflet, container]);
  return map;
}

function addTiles(L: LeafletModule, map: Leaflet.Map, settings: MapSettings | null) {
  if (!settings) return;
  L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
}

const pointIcon = (L: LeafletModule) =>
  L.divIcon({ className: 'vigie-map-point', iconSize: [22, 22], iconAnchor: [11, 11], html: '' });

/** A pin; with a number (an integer, never text from the data), the result's number written on it. */
const providerIcon = (L: LeafletModule, number?: number) =>
  L.divIcon({
    className: 'vigie-map-marker',
    iconSize: [28, 36],
    iconAnchor: [14, 36],
    popupAnchor: [0, -32],
    html:
      '<span class="vigie-map-marker__pin" aria-hidden="true"></span>' +
      (number === undefined
        ? ''
        : `<span class="vigie-map-marker__number" aria-hidden="true">${Math.trunc(number)}</span>`),
  });

/** A popup's content, built as DOM nodes: provider names are data, never parsed as HTML. */
function popupContent(provider: MapProvider, onFollow: (href: string) => void): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'vigie-map-popup';
  const link = document.createElement('a');
  link.href = provider.href;
  link.textContent = provider.name;
  link.className = 'fr-link vigie-map-popup__link';
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onFollow(provider.href);
  });
  const detail = document.createElement('p');
  detail.className = 'fr-text--sm fr-mb-0';
  detail.textContent = provider.detail;
  wrapper.append(link, detail);
  return wrapper;
}

export type ProviderMapProps = {
  settings: MapSettings | null;
  /** The searched place. */
  center: MapPoint & { label: string };
  /** The search radius: the view frames the providers within it. */
  radiusKm: number;
  /** Keep the same array between renders (useMemo): a new one redraws the markers and refits the view. */
  providers: MapProvider[];
  /** The list view of the same results, offered when the map cannot be drawn. */
  listHref: string;
};

/**
 * The map view of the results: the searched place and the providers of the current page, each
 * pin numbered like the list, reachable with Tab and opening, with Enter, a popup linking to the
 * profile.
 */
export function ProviderMap({ settings, center, radiusKm, providers, listHref }: ProviderMapProps) {
  const m = useMessages();
  const p = m.providers;
  const descriptionId = useId();
  const navigate = useNavigate();
  // Popups keep the function they were built with; this one always navigates with the current router.
  const follow = useRef(navigate);
  follow.current = navigate;
  const container = useRef<HTMLElement>(null);
  const { leaflet, failed, loading } = useLeaflet();
  const map = useLeafletMap(leaflet, container, (L, element) => {
    const created = L.map(element, { scrollWheelZoom: false, zoomControl: false, minZoom: 3 });
    L.control.zoom({ zoomInTitle: p.mapZoomIn, zoomOutTitle: p.mapZoomOut }).addTo(created);
    addTiles(L, created, settings);
    // Leaflet names its popup close button in English; name it in the page's language.
    created.on('popupopen', (event: Leaflet.PopupEvent) => {
      const popup = event.popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', p.mapClosePopup);
      // Opened from the keyboard (the marker has focus): take focus to the link, which comes
      // after every marker in the page order and could not be reached with Tab otherwise.
      const opener = document.activeElement;
      if (opener instanceof HTMLElement && opener.classList.contains('leaflet-marker-icon')) {
        popup?.querySelector<HTMLElement>('.vigie-map-popup__link')?.focus();
        event.popup.once('remove', () => {
          if (!document.activeElement || document.activeElement === document.body) opener.focus();
        });
      }
    });
    return created;
  });

  // Markers follow the results: redrawn whenever the page of results changes.
  useEffect(() => {
    if (!leaflet || !map) return;
    const L = leaflet;
    // The view first: Leaflet only draws markers (and so only has their elements) on a map that has one.
    // It frames the providers within the radius; those who help remotely from afar are on the map
    // too, a zoom out away, rather than shrinking the neighbourhood to a dot.
    const nearby = providers.filter((provider) => provider.distanceKm <= radiusKm);
    const framed = nearby.length > 0 ? nearby : providers;
    const bounds = L.latLngBounds([
      [center.lat, center.lng],
      ...framed.map((provider): [number, number] => [provider.location.lat, provider.location.lng]),
    ]);
    if (framed.length === 0) map.setView([center.lat, center.lng], 11);
    else map.fitBounds(bounds.pad(0.1), { maxZoom: 13, animate: false });
    const layer = L.layerGroup().addTo(map);
    const searched = L.marker([center.lat, center.lng], {
      icon: pointIcon(L),
      interactive: false,
      keyboard: false,
      zIndexOffset: -1000,
    }).addTo(layer);
    searched.getElement()?.setAttribute('aria-hidden', 'true');
    for (const provider of providers) {
      const name = format(p.mapMarker, { number: provider.number, name: provider.name });
      const marker = L.marker([provider.location.lat, provider.location.lng], {
        icon: providerIcon(L, provider.number),
        title: name,
        alt: name,
        riseOnHover: true,
      })
        .bindPopup(popupContent(provider, (href) => follow.current(href)))
        .addTo(layer);
      marker.getElement()?.setAttribute('aria-label', name);
    }
    return () => {
      layer.remove();
    };
  }, [leaflet, map, center.lat, center.lng, radiusKm, providers, p.mapMarker]);

  const backToList = (
    <Link to={listHref} preventScrollReset>
      {p.mapBackToList}
    </Link>
  );
  if (failed) {
    return (
      <p className="fr-text--sm vigie-provider-map__status">
        {p.mapFailed} {backToList}
      </p>
    );
  }
  return (
    <div className="vigie-provider-map">
      {leaflet ? (
        <>
          <p id={descriptionId} className="fr-sr-only">
            {p.mapDescription} {format(p.mapSearchPoint, { place: center.label })}
          </p>
          {/* A named section is a region landmark: the map is announced with what it shows and how to use it. */}
          <section
            ref={container}
            className="vigie-provider-map__canvas"
            aria-label={p.mapTitle}
            aria-describedby={descriptionId}
          />
        </>
      ) : (
        // Until the page's JavaScript runs, the map cannot come: said in the page itself rather than
        // in <noscript>, so it also holds when the script fails to load.
        <p className="fr-text--sm vigie-provider-map__status" role="status">
          {loading ? (
            p.mapLoading
          ) : (
            <>
              {p.mapNeedsScript} {backToList}
            </>
          )}
        </p>
      )}
    </div>
  );
}

export type ProviderLocationMapProps = {
  settings: MapSettings | null;
  location: MapPoint;
  /** Says what the map shows, for those who cannot see it: the address is on the page as text. */
  label: string;
};

/** A small still map on a profile: one marker, no panning or zooming, nothing to focus but the credit. */
export function ProviderLocationMap({ settings, location, label }: ProviderLocationMapProps) {
  const container = useRef<HTMLElement>(null);
  const { leaflet, failed } = useLeaflet();
  useLeafletMap(leaflet, container, (L, element) => {
    const created = L.map(element, {
      center: [location.lat, location.lng],
      zoom: 13,
      zoomControl: false,
      dragging: false,
      keyboard: false,
      scrollWheelZoom: false,
      doubleClickZoom: false,
      boxZoom: false,
      touchZoom: false,
    });
    addTiles(L, created, settings);
    L.marker([location.lat, location.lng], {
      icon: providerIcon(L),
      interactive: false,
      keyboard: false,
    }).addTo(created);
    return created;
  });
  if (failed || !leaflet) return null;
  return (
    <section
      ref={container}
      className="vigie-provider-map__canvas vigie-provider-map__canvas--small"
      aria-label={label}
    />
  );
}

/** The map's tiles and credit, as the root loader read them from the environment; null if absent. */
export function useMapSettings(): MapSettings | null {
  return useRouteLoaderData<{ map?: MapSettings }>('root')?.map ?? null;
}
