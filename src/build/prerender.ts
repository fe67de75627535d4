export function prerender(){return {name:'prerender-stub'}}
