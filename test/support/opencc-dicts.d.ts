/** OpenCC's character tables, as opencc-js ships them: "from to1 to2|from to|…". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
