/** A build asset's URL (Vite's `?url` import). */
declare module "*?url" {
  const url: string;
  export default url;
}
