// Draws an indicator's chart: approved values, the target line, and the trend forecast with its
// interval band (a transparent lower area stacked under a shaded band of the interval's height).
(function () {
  var element = document.getElementById('target-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(document.getElementById('target-chart-data').textContent);
  var chart = echarts.init(element, null, { renderer: 'svg' });
  var series = [
    { name: '预测区间下限', type: 'line', data: data.lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
      areaStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
    { name: '预测区间', type: 'line', data: data.band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
      areaStyle: { color: 'rgba(13,110,253,0.15)' }, silent: true },
    { name: '趋势预测', type: 'line', data: data.forecast, symbol: 'none', lineStyle: { type: 'dashed', color: '#0d6efd' },
      itemStyle: { color: '#0d6efd' } },
    { name: '实际值', type: 'line', data: data.values, connectNulls: true, symbolSize: 7,
      lineStyle: { width: 3, color: '#6f42c1' }, itemStyle: { color: '#6f42c1' },
      label: { show: true, position: 'top', fontSize: 11 },
      markLine: data.target == null ? undefined : {
        symbol: 'none', lineStyle: { color: '#dc3545', type: 'solid' },
        label: { formatter: data.targetLabel, position: 'insideEndTop' },
        data: [{ yAxis: data.target }]
      } }
  ];
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : (Math.round(v * 100) / 100) + ' ' + data.unit; } },
    legend: { data: ['实际值', '趋势预测', '预测区间'] },
    grid: { left: 56, right: 32, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: data.years, boundaryGap: false },
    yAxis: { type: 'value', name: data.unit, scale: true },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
