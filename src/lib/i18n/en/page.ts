/** Build-time words of the page around the sections: what a reader sees when the page's script does not run. */
export const page = {
  noscript:
    'Your browser is not running this page’s script: everything here reads as written, and the figures are DeepSeek’s published case. The calculator’s controls, and any scenario in a shared link, need the script.',
  scenarioFallback:
    'This link carries a scenario, but the page’s script has not run: the figures below are DeepSeek’s published case, not the link’s scenario.',
};
