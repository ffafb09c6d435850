// Draws the cockpit's status-by-area bars: one horizontal stacked bar per area of a plan, counting its
// targets by attainment status, from the JSON block named by the container's data-chart-source.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.pw-area-chart[data-chart-source]').forEach(function (element) {
    var data = JSON.parse(document.getElementById(element.getAttribute('data-chart-source')).textContent);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.areas, inverse: true, axisTick: { show: false },
        axisLabel: { fontSize: 12, color: '#212529' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'status', data: s.counts, barMaxWidth: 18,
          itemStyle: { color: s.color } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
