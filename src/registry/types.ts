/** Listing types an ISMAP registry entry can have (the descriptor's `none` is not a listing). */
export type IsmapListingType = 'ismap' | 'ismap_liu' | 'ismap_liu_special';

/** One row of an ISMAP registry snapshot: a listed service as the official list shows it. */
export interface IsmapRegistryEntry {
  registrationNumber: string;
  service: string;
  provider: string;
  listingType: IsmapListingType;
  registeredOn: string;
  expiresOn: string;
  /** The registered scope as the list words it (free text). */
  scope?: string;
}

/** A snapshot of the ISMAP registry taken by the caller, with when and where it was taken. */
export interface IsmapRegistrySnapshot {
  takenOn?: string;
  source?: string;
  entries: readonly IsmapRegistryEntry[];
}

export const LISTING_TYPES: readonly IsmapListingType[] = ['ismap', 'ismap_liu', 'ismap_liu_special'];
