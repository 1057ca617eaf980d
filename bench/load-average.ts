// How busy the machine was: the 1-, 5- and 15-minute load averages, for each round's heading
// (the bench shares 2 cores with other work, so a figure means little without it).
import { loadavg } from 'node:os';

export const loadAverage = () => loadavg().map((n) => n.toFixed(2)).join(' ');
