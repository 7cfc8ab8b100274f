// The ECharts build the default theme serves (vendor/echarts.min.js): only
// the parts Rapor's charts use (line and bar charts on a grid, tooltip,
// legend, ARIA, the SVG renderer), about 60% of the full library, so that
// phones parse less script. Rebuild it with .ci/echarts-bundle after a
// change here or to ECharts' version in package.json; CI checks that the
// committed file is what this gives.
import * as echarts from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);
window.echarts = echarts;
