/** OpenCC's tables as opencc-js ships them (dist/esm-lib/dict/*.js): one string, `乾 干|亂 乱|…`. */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
